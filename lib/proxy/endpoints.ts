/** The three Messages API endpoints the proxy serves, and where each lives upstream. */

export type ProxyEndpoint = "messages" | "count_tokens" | "models";

interface EndpointSpec {
  method: "GET" | "POST";
  /** Path below the configured base URL. */
  path: string;
  /** Whether the request carries a JSON body that the proxy validates and forwards. */
  hasBody: boolean;
}

export const ENDPOINTS: Readonly<Record<ProxyEndpoint, EndpointSpec>> = {
  messages: { method: "POST", path: "/v1/messages", hasBody: true },
  count_tokens: { method: "POST", path: "/v1/messages/count_tokens", hasBody: true },
  models: { method: "GET", path: "/v1/models", hasBody: false },
};
