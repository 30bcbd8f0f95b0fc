package io.rancherdeploy.core.compose;

import java.util.Map;

/**
 * {@code logging} (v2) or {@code log_driver}/{@code log_opt} (v1): the driver ("" = Docker's
 * default).
 */
record LogSettings(String driver, Map<String, String> options) {}
