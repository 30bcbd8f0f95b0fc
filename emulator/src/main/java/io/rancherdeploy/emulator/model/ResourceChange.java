package io.rancherdeploy.emulator.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One change of one resource: {@code resource} is a private copy of its stored fields after the
 * change.
 */
public record ResourceChange(ResourceType type, String id, ObjectNode resource, long time) {}
