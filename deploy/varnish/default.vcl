# The edge: Varnish in front of the app instances, honouring the app's own caching headers.
# Rendered by deploy/varnish/render-vcl.sh (for scripts/varnish.mjs: the local cluster, the tests,
# the benchmarks; and for the Varnish container of docker-compose.yml): each name in double
# braces is replaced before Varnish loads the file.
#   BACKENDS         one `backend appN { … }` per app instance (VARNISH_BACKENDS)
#   DIRECTOR_ADDS    one `app.add_backend(appN);` per app instance
#   PURGE_TOKEN      EDGE_PURGE_TOKEN, the bearer token a purge must carry
#   PURGE_ADDRESSES  the networks allowed to purge besides loopback (VARNISH_PURGE_NETWORKS)
# What it does (docs/operations.md):
# - caches only what the app tagged (xkey: pages, feeds, exports, the public API, discovery
#   files) and Next's immutable build files, so every cached object can be purged by tag;
# - never caches, and never answers from cache, staff or personal requests: a Payload session,
#   draft mode, the admin, previews, form handlers, emailed-token pages, document requests and
#   downloads;
# - purges by tag (`PURGE` with `xkey-purge`), only with the token and from an allowed address;
# - balances over the instances, routes around one that fails its health check, retries a read
#   that failed on another instance;
# - serves its last copy for up to a day while no instance is healthy, or one answers an error.
vcl 4.1;

import std;
import directors;
import xkey;

probe health {
  .url = "/api/health";
  # out at the first failed check (a killed instance refuses at once), back after two good ones
  .interval = 500ms;
  .timeout = 2s;
  .window = 2;
  .threshold = 2;
  .initial = 2;
}

{{BACKENDS}}

acl purgers {
  "127.0.0.1";
  "::1";
  {{PURGE_ADDRESSES}}
}

sub vcl_init {
  new app = directors.round_robin();
  {{DIRECTOR_ADDS}}
}

sub vcl_recv {
  set req.backend_hint = app.backend();
  if (req.restarts == 0) {
    unset req.http.X-Stale-If-Error;
    # one id for the request in Varnish's log and the app's (the app keeps a safe incoming one)
    if (!req.http.X-Request-Id) {
      set req.http.X-Request-Id = "varnish-" + req.xid;
    }
  }

  if (req.method == "PURGE") {
    if (!(client.ip ~ purgers) || req.http.Authorization != "Bearer {{PURGE_TOKEN}}") {
      return (synth(403, "Not allowed to purge"));
    }
    if (!req.http.xkey-purge) {
      return (synth(400, "Name the tags to purge in the xkey-purge header"));
    }
    # Soft purge: the old copy stays only to be served while no instance is healthy (vcl_recv's
    # grace below); with a healthy instance the next visitor waits for the new version.
    set req.http.X-Purged = xkey.softpurge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.X-Purged + " objects"));
  }

  # The app's internal addresses answer only unforwarded loopback callers; say so at the door.
  if (req.url ~ "^/api/internal(/|\?|$)") {
    return (synth(404, "Not Found"));
  }

  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # Staff: signed in to the admin (Payload's cookie), or previewing drafts (Next's draft mode).
  if (req.http.Cookie ~ "(^|;\s*)(payload-token|__prerender_bypass)=" || req.http.Authorization) {
    return (pass);
  }
  # Staff-only or personal addresses, whatever the cookies: the admin and Payload's API, previews,
  # form handlers, emailed links (tokens in the query), evidence packs, health and readiness; the
  # document-access pages and forms (a visitor's own session), a document's request page and its
  # checked download (each answer is for one visitor).
  if (req.url ~ "^/(admin|preview|notices|subscribe|evidence|access)(/|\?|$)" ||
      req.url ~ "^/changes/[^/?]+/object" ||
      req.url ~ "^/documents/[^/?]+/(request|download)(/|\?|$)" ||
      (req.url ~ "^/api/" && req.url !~ "^/api/public(/|\?|$)")) {
    return (pass);
  }
  # A public address: the app reads no cookie there, so a visitor's unrelated cookies (another
  # site on the same domain) must not make every request miss.
  unset req.http.Cookie;

  # A stale copy only when it is the best there is: while no instance is healthy (the whole day
  # of grace), or on the second try after an instance answered an error (vcl_synth). Otherwise
  # the visitor waits for the current version, so a purge takes effect at once.
  if (req.restarts > 0 && req.http.X-Stale-If-Error) {
    set req.grace = 86400s;
  } elsif (std.healthy(req.backend_hint)) {
    set req.grace = 0s;
  }
  return (hash);
}

sub vcl_backend_fetch {
  # A visitor waiting for a shareable answer waits five seconds at most: after that the last copy
  # is better (vcl_backend_error). Staff and forms (passed) keep Varnish's default minute.
  if (!bereq.uncacheable) {
    set bereq.first_byte_timeout = 5s;
  }
}

sub vcl_backend_response {
  # An instance answered a read with a server error (its database is down, say): leave the last
  # copy in place and look for it (vcl_synth). On that second look the app's own answer (a 503
  # with Retry-After) goes to the visitor when there is no copy.
  if (beresp.status >= 500 && !bereq.http.X-Stale-If-Error &&
      (bereq.method == "GET" || bereq.method == "HEAD")) {
    return (abandon);
  }
  # Kept only when the app tagged it (every public response it means to share) or for Next's
  # build files, whose names change with their content. Anything else would be out of a purge's
  # reach: it goes to the visitor and is not stored.
  if (!beresp.http.xkey && bereq.url !~ "^/_next/static/") {
    set beresp.uncacheable = true;
    set beresp.ttl = 120s;
    return (deliver);
  }
  # The app's own Cache-Control decides the rest (builtin.vcl: private, no-store, Set-Cookie
  # are never stored). A day of grace (the app's stale-if-error) for outages.
  set beresp.grace = 86400s;
}

sub vcl_backend_error {
  # An instance refused or dropped a read: try another before answering with an error.
  if (bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
    return (retry);
  }
  # No instance answered: leave the last copy in place and look for it (vcl_synth).
  return (abandon);
}

sub vcl_synth {
  # Every instance failed this read (vcl_backend_error abandoned it): look again, this time
  # accepting a stale copy (stale-if-error).
  if (resp.status == 503 && req.restarts == 0 && (req.method == "GET" || req.method == "HEAD")) {
    set req.http.X-Stale-If-Error = "1";
    return (restart);
  }
  set resp.http.Cache-Control = "no-store";
  set resp.http.Content-Type = "text/plain; charset=utf-8";
  if (resp.status == 503) {
    set resp.http.Retry-After = "30";
    set resp.body = "The trust center is briefly unavailable. Try again in a minute." + {"
"};
  } else {
    set resp.body = resp.reason + {"
"};
  }
  return (deliver);
}

sub vcl_deliver {
  # For operators and the tests: was this answered from the edge's cache?
  if (obj.hits == 0) {
    set resp.http.X-Cache = "MISS";
  } elsif (obj.ttl <= 0s) {
    set resp.http.X-Cache = "HIT, STALE";
  } else {
    set resp.http.X-Cache = "HIT";
  }
  unset resp.http.Via;
  unset resp.http.X-Varnish;
}
