package com.axolop.crm.adapter.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Every address a host name resolves to; tests replace the system's to prove refusals without any socket. */
@FunctionalInterface
public interface HostResolver {
    HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    List<InetAddress> resolve(String host) throws UnknownHostException;
}
