/**
 * The Micronaut adapters: the bean that builds and runs the plain pipeline classes, the health indicator. No logic
 * lives here beyond wiring.
 */
package io.seizmon.agent.app;
