// TEMPORARY until status-core's onPublicEvent lands.
export function registerStatusSubscriberHooks(): void {}
