/** Persistence in an embedded H2 database: events, acknowledgements, truth events, subjects, users (blocking JDBC). */
package io.seizmon.dashboard.store;
