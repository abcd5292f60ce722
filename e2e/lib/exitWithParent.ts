// Preloaded (node --import) into every server the e2e specs and the web bench start: the server exits as
// soon as the process that started it is gone, however that process ended (a failed spec, Ctrl-C, a
// test worker killed with SIGKILL). The IPC channel to the parent closes when the parent dies, even
// when it had no chance to clean up; it is unref'd so it never keeps the server alive by itself.
if (process.channel) {
  process.channel.unref();
  process.once('disconnect', () => process.exit(1));
}
