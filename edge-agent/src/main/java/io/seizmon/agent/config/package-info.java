/**
 * The agent's configuration, bound by Micronaut from YAML and environment variables into immutable records that
 * check themselves: a bad value fails the start-up with a message naming the key.
 */
package io.seizmon.agent.config;
