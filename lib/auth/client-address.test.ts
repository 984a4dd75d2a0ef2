import { describe, expect, it } from "vitest";
import { clientAddress, isLoopback, PEER_HEADER } from "./client-address";

const headers = (peer: string | undefined, forwarded?: string) =>
  new Headers({
    ...(peer ? { [PEER_HEADER]: peer } : {}),
    ...(forwarded ? { "x-forwarded-for": forwarded } : {}),
  });

describe("clientAddress", () => {
  it("is the TCP peer when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(clientAddress(headers("203.0.113.7", "127.0.0.1"), 0)).toBe("203.0.113.7");
  });

  it("counts trusted proxies from the right, so a client-written entry is never used", () => {
    // client wrote 127.0.0.1; the one proxy appended the real client address.
    const spoofed = headers("10.0.0.2", "127.0.0.1, 198.51.100.4");
    expect(clientAddress(spoofed, 1)).toBe("198.51.100.4");
    expect(clientAddress(headers("10.0.0.3", "198.51.100.4, 10.0.0.2"), 2)).toBe("198.51.100.4");
  });

  it("reads IPv4-mapped IPv6 peers as IPv4", () => {
    expect(clientAddress(headers("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
  });

  it("is unknown without the peer stamp unless a platform proxy is trusted", () => {
    expect(clientAddress(headers(undefined, "127.0.0.1"), 0)).toBe("unknown");
    expect(clientAddress(headers(undefined, "198.51.100.4"), 1)).toBe("198.51.100.4");
  });
});

describe("isLoopback", () => {
  it.each([
    ["127.0.0.1", true],
    ["127.3.2.1", true],
    ["::1", true],
    ["10.0.0.1", false],
    ["unknown", false],
    ["::ffff:7f00:1", false],
  ])("%s → %s", (address, expected) => {
    expect(isLoopback(address)).toBe(expected);
  });
});
