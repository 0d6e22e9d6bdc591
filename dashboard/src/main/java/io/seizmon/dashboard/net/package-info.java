/**
 * IP address literals, CIDR blocks and the trusted reverse proxies that decide which address a request comes from
 * (for the login throttle). Parsing is literal only: nothing here ever resolves a host name.
 */
package io.seizmon.dashboard.net;
