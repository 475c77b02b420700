# The part of therapyguide.vcl that differs per installation: the nodes, and who may purge.
# This example: two nodes on this machine (deploy/systemd/therapyguide@.service, ports 5001 and 5002).

backend node1 {
    .host = "127.0.0.1";
    .port = "5001";
    .probe = healthz;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
}

backend node2 {
    .host = "127.0.0.1";
    .port = "5002";
    .probe = healthz;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
}

# The nodes' addresses: only they purge.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_init {
    new nodes = directors.round_robin();
    nodes.add_backend(node1);
    nodes.add_backend(node2);
}
