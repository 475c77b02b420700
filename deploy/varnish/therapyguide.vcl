# TherapyGuide behind Varnish (Debian: apt-get install varnish varnish-modules).
#
# Public pages are kept as long as the site says (Cache-Control s-maxage, 600 s by default) and purged the moment an
# editor saves: each page names what it shows in an xkey header, and the node that saved sends
#   PURGE /   with   xkey-purge: <tags>
# to every address in TherapyGuide:FrontCache:PurgeAddresses. The editors' area, forms' answers and anything with a
# cookie of its own go to a node every time. The nodes, who may purge, and how the nodes are checked live in
# cluster.vcl beside this file (an example for two nodes on one machine); varnishd finds it on its vcl_path.
#
# Run:  varnishd -a :6081 -f /etc/varnish/therapyguide.vcl -s malloc,256m
# See the README, "Running more than one node", and deploy/systemd/.
vcl 4.1;

import directors;
import std;
import xkey;

# How a node is found healthy: /healthz answers 200 (it checks the store) at least 2 times of the last 3, asked every second.
probe healthz {
    .url = "/healthz";
    .interval = 1s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

# backend node1 …, acl purgers, and the director "nodes" made in vcl_init.
include "cluster.vcl";

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Not allowed to purge"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "Name the tags to purge in an xkey-purge header"));
        }
        # A hard purge: the old page is gone at once, never served again, not even while no node answers.
        set req.http.x-purged = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.x-purged));
    }

    set req.backend_hint = nodes.backend();
    # An expired page may be served while a fresh one is fetched for 30 s (the site's stale-while-revalidate) while
    # some node is healthy, and for as long as the site's stale-if-error (a day) while none is.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 30s;
    }

    if (req.method != "GET" && req.method != "HEAD") {
        # Kept, so that a form sent to a node that has just died is sent to the next one (vcl_backend_error).
        std.cache_req_body(4MB);
        return (pass);
    }

    # The editors' area is per person: always from a node, with its cookies.
    if (req.url ~ "(?i)^/admin([/?]|$)") {
        return (pass);
    }

    # Public pages are the same for everyone (the site sets no per-person cookie on them): a reader's cookies must
    # not split the cache. Query parameters in a fixed order, so ?a=1&b=2 and ?b=2&a=1 are one page.
    unset req.http.Cookie;
    set req.url = std.querysort(req.url);
}

sub vcl_backend_fetch {
    # A retry goes to the next node.
    if (bereq.retries > 0) {
        set bereq.backend = nodes.backend();
    }
}

sub vcl_backend_response {
    # A node that fails (it is stopping) is not the answer while another may give it.
    if (beresp.status >= 500 && bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }

    if (beresp.http.Cache-Control ~ "s-maxage=" && !beresp.http.Set-Cookie) {
        # Kept for s-maxage, then for stale-if-error more (vcl_recv caps it to 30 s while a node is healthy).
        if (beresp.http.Cache-Control ~ "stale-if-error=[0-9]+") {
            set beresp.grace = std.duration(regsub(beresp.http.Cache-Control, "^.*stale-if-error=([0-9]+).*$", "\1s"), 30s);
        }
        return (deliver);
    }

    # Fingerprinted files (/css/site.0ev52m5p9o.css): their address changes with their content, so they are kept as
    # long as they say (a year).
    if (beresp.status == 200 && beresp.http.Cache-Control ~ "immutable" && beresp.http.Cache-Control !~ "(no-cache|no-store|private)" && !beresp.http.Set-Cookie) {
        return (deliver);
    }

    # Everything else (no-cache, no-store, private, a cookie): fetched from a node every time; requests for the same
    # address are not made to wait on one another for the next few seconds.
    set beresp.uncacheable = true;
    set beresp.ttl = 5s;
    return (deliver);
}

sub vcl_backend_error {
    # No node answered (refused, reset, timed out): try the next, twice.
    if (bereq.retries < 2) {
        return (retry);
    }
}

sub vcl_deliver {
    # Readers' browsers and any cache beyond this one ask again every time (with the ETag: a 304 if nothing changed):
    # only this cache is purged on a save.
    if (resp.http.Cache-Control ~ "s-maxage=") {
        set resp.http.Cache-Control = "no-cache";
    }
    unset resp.http.xkey;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
}
