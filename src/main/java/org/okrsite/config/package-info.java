/**
 * {@code site.yaml} → typed {@link org.okrsite.config.Settings}: title, time zone, the cycle
 * calendar, scoring thresholds, check-in cadence and per-rule severities.
 */
package org.okrsite.config;
