/** seizmon dashboard: the live web monitor. */
package io.seizmon.dashboard;
