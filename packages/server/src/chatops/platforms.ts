import type { ChatClient, ChatConnection, ChatPlatform } from './types.ts';

/** How to reach one platform's API; each adapter registers its own at load time. */
export type ChatClientFactory = (connection: ChatConnection) => ChatClient;

const factories = new Map<ChatPlatform, ChatClientFactory>();

export function registerChatPlatform(platform: ChatPlatform, factory: ChatClientFactory): void {
  factories.set(platform, factory);
}

/** The API client for a connection; throws when the platform's adapter was never registered (a wiring bug). */
export function clientFor(connection: ChatConnection): ChatClient {
  const factory = factories.get(connection.platform);
  if (!factory) throw new Error(`no chat adapter registered for ${connection.platform}`);
  return factory(connection);
}
