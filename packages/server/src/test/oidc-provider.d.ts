// oidc-provider (a dev dependency, the OpenID Connect provider the single sign-on tests run) ships no types.
declare module 'oidc-provider' {
  // biome-ignore lint/suspicious/noExplicitAny: untyped test peer
  const Provider: any;
  export default Provider;
}
