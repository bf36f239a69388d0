#!/bin/sh
# Writes deploy/varnish/default.vcl, rendered for this deployment, to standard output. The one
# renderer: scripts/varnish.mjs (local cluster, tests, benchmarks) and the Varnish container of
# docker-compose.yml (deploy/varnish/Dockerfile) both call it.
#   VARNISH_BACKENDS         the app instances, "host:port host:port …" (required)
#   EDGE_PURGE_TOKEN         the bearer token a PURGE must carry (required, 16+ characters)
#   VARNISH_PURGE_NETWORKS   who may purge besides loopback, "10.0.0.0/8 172.16.0.0/12 …"
#   VARNISH_VCL_TEMPLATE     the template (default: default.vcl beside this script)
set -eu
template="${VARNISH_VCL_TEMPLATE:-$(dirname "$0")/default.vcl}"
: "${VARNISH_BACKENDS:?set VARNISH_BACKENDS to the app instances, e.g. \"app1:3000 app2:3000\"}"
: "${EDGE_PURGE_TOKEN:?set EDGE_PURGE_TOKEN (the app sends it with every purge)}"
if ! printf '%s' "$EDGE_PURGE_TOKEN" | grep -Eq '^[A-Za-z0-9._~+/=-]{16,}$'; then
  echo "EDGE_PURGE_TOKEN must be at least 16 characters of A-Z a-z 0-9 . _ ~ + / = -" >&2
  exit 1
fi
VARNISH_PURGE_NETWORKS="${VARNISH_PURGE_NETWORKS:-}" awk '
  BEGIN {
    n = split(ENVIRON["VARNISH_BACKENDS"], backends, " ")
    m = split(ENVIRON["VARNISH_PURGE_NETWORKS"], networks, " ")
  }
  /\{\{BACKENDS\}\}/ {
    for (i = 1; i <= n; i++) {
      split(backends[i], hp, ":")
      printf "backend app%d {\n  .host = \"%s\";\n  .port = \"%s\";\n  .probe = health;\n}\n", i, hp[1], hp[2]
    }
    next
  }
  /\{\{DIRECTOR_ADDS\}\}/ {
    for (i = 1; i <= n; i++) printf "  app.add_backend(app%d);\n", i
    next
  }
  /\{\{PURGE_ADDRESSES\}\}/ {
    for (i = 1; i <= m; i++) {
      split(networks[i], net, "/")
      if (net[2] == "") printf "  \"%s\";\n", net[1]
      else printf "  \"%s\"/%s;\n", net[1], net[2]
    }
    next
  }
  {
    gsub(/\{\{PURGE_TOKEN\}\}/, ENVIRON["EDGE_PURGE_TOKEN"])
    print
  }
' "$template"
