// Who is the client? The request's X-Forwarded-For is believed only as far as it was written
// by the proxies TRUSTED_PROXIES lists (proxy-addr, Express's implementation: addresses,
// CIDR ranges, or the names loopback, linklocal, uniquelocal). The client is the right-most
// hop that is not a trusted proxy, so with no proxy trusted it is the socket's peer and a
// forged header changes nothing.
import proxyaddr from "proxy-addr";

export function compileTrust(value = "") {
  return proxyaddr.compile(
    value
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
  );
}

// Rewrites the request so that everything downstream (the proxy's rate limit, the login
// slowdown, the audit log) reads the one address decided here.
export function settleClientAddress(req, trust) {
  req.headers["x-forwarded-for"] = proxyaddr(req, trust);
  delete req.headers["x-real-ip"];
  return req.headers["x-forwarded-for"];
}
