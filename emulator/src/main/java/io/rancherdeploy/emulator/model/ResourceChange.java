package io.rancherdeploy.emulator.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One change of one resource: {@code resource} holds its stored fields after the change. Every
 * listener gets the same node, which the store never changes again: read it, or copy it before
 * changing anything.
 */
public record ResourceChange(ResourceType type, String id, ObjectNode resource, long time) {}
