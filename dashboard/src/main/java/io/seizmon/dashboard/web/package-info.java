/**
 * The web side: Vert.x router, security headers, sessions and CSRF, JSON API, CSV/TSV export, the WebSocket that
 * pushes to browsers, and the ingest of decoded MQTT messages. Everything here runs on one event loop; the database
 * is reached through one ordered worker.
 */
package io.seizmon.dashboard.web;
