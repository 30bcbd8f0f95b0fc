package io.rancherdeploy.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.Resources;
import io.rancherdeploy.emulator.model.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A collection's query (rancher-api.md §2.2): {@code field=v} and {@code field_modifier=v} filters
 * on the fields clients use (several values AND-ed; unknown fields ignored; reference ids accept v1
 * forms), {@code limit} (default 100, {@code <=0} = 3000), {@code marker}, {@code sort}/{@code
 * order}. Removed resources are left out of lists.
 */
final class CollectionQuery {

  private static final Set<String> FIELDS =
      Set.of(
          "name",
          "state",
          "kind",
          "stackId",
          "environmentId",
          "serviceId",
          "removed",
          "system",
          "accountId",
          "hostId",
          "id",
          "uuid",
          "healthState",
          "imageUuid",
          "hostname",
          "consumedServiceId",
          "image",
          "eventType");
  private static final List<String> MODIFIERS =
      List.of("notnull", "null", "ne", "eq", "lt", "lte", "gt", "gte", "prefix", "like", "notlike");

  private record Condition(String field, String modifier, String value) {}

  private final List<Condition> conditions = new ArrayList<>();
  private final int limit;
  private final int offset;
  private final String sort;
  private final boolean descending;

  CollectionQuery(Map<String, List<String>> query) {
    for (Map.Entry<String, List<String>> entry : query.entrySet()) {
      Condition template = parse(entry.getKey());
      if (template != null) {
        entry
            .getValue()
            .forEach(
                v ->
                    conditions.add(
                        new Condition(
                            template.field, template.modifier, ResourceRenderer.storedId(v))));
      }
    }
    int asked = first(query, "limit").map(v -> parseInt(v, 100)).orElse(100);
    this.limit = asked <= 0 ? 3000 : Math.min(asked, 3000);
    this.offset = first(query, "marker").map(m -> parseInt(m.replaceFirst("^m", ""), 0)).orElse(0);
    this.sort = first(query, "sort").orElse("");
    this.descending = first(query, "order").map(o -> o.equalsIgnoreCase("desc")).orElse(false);
  }

  private static java.util.Optional<String> first(Map<String, List<String>> query, String key) {
    List<String> values = query.get(key);
    return values == null || values.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(values.get(0));
  }

  private static int parseInt(String text, int fallback) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static Condition parse(String key) {
    for (String modifier : MODIFIERS) {
      String suffix = "_" + modifier;
      if (key.endsWith(suffix)
          && FIELDS.contains(key.substring(0, key.length() - suffix.length()))) {
        return new Condition(
            canonical(key.substring(0, key.length() - suffix.length())), modifier, "");
      }
    }
    return FIELDS.contains(key) ? new Condition(canonical(key), "eq", "") : null;
  }

  private static String canonical(String field) {
    return field.equals("environmentId") ? "stackId" : field;
  }

  Predicate<JsonNode> predicate() {
    return resource ->
        !Resources.isRemoved(resource) && conditions.stream().allMatch(c -> test(c, resource));
  }

  private static boolean test(Condition c, JsonNode resource) {
    JsonNode value =
        c.field.equals("serviceId") && !resource.has("serviceId")
            ? resource.path("serviceIds")
            : resource.path(c.field);
    if (value.isArray()) {
      return switch (c.modifier) {
        case "ne" -> !Resources.contains(value, c.value);
        case "null" -> value.isEmpty();
        case "notnull" -> !value.isEmpty();
        default -> Resources.contains(value, c.value);
      };
    }
    boolean missing = value.isNull() || value.isMissingNode();
    String text = missing ? "" : value.asText();
    return switch (c.modifier) {
      case "null" -> missing;
      case "notnull" -> !missing;
      case "ne" -> !text.equals(c.value);
      case "prefix" -> text.startsWith(c.value);
      case "like" -> text.matches(c.value.replace("%", ".*"));
      case "notlike" -> !text.matches(c.value.replace("%", ".*"));
      case "lt", "lte", "gt", "gte" -> compare(text, c.value, c.modifier);
      default ->
          text.equals(c.value) || (c.field.equals("system") && missing && c.value.equals("false"));
    };
  }

  private static boolean compare(String actual, String wanted, String modifier) {
    int cmp;
    try {
      cmp = Long.compare(Long.parseLong(actual), Long.parseLong(wanted));
    } catch (NumberFormatException e) {
      cmp = actual.compareTo(wanted);
    }
    return switch (modifier) {
      case "lt" -> cmp < 0;
      case "lte" -> cmp <= 0;
      case "gt" -> cmp > 0;
      default -> cmp >= 0;
    };
  }

  /** Sorts, pages and fills the envelope's {@code filters}, {@code pagination} and {@code data}. */
  ObjectNode render(
      List<ObjectNode> matching,
      ObjectNode envelope,
      java.util.function.Function<ObjectNode, ObjectNode> renderer,
      String selfUrl) {
    List<ObjectNode> sorted = new ArrayList<>(matching);
    Comparator<ObjectNode> order =
        sort.isEmpty() || sort.equals("id")
            ? Comparator.comparingLong(CollectionQuery::numericId)
            : Comparator.comparing(r -> r.path(sort).asText());
    sorted.sort(descending ? order.reversed() : order);
    int from = Math.min(offset, sorted.size());
    int to = Math.min(from + limit, sorted.size());
    ArrayNode data = envelope.putArray("data");
    sorted.subList(from, to).forEach(r -> data.add(renderer.apply(r)));
    ObjectNode pagination = envelope.putObject("pagination");
    pagination.putNull("first");
    pagination.putNull("previous");
    if (to < sorted.size()) {
      pagination.put("next", selfUrl + (selfUrl.contains("?") ? "&" : "?") + "marker=m" + to);
    } else {
      pagination.putNull("next");
    }
    pagination.put("limit", limit);
    pagination.putNull("total");
    pagination.put("partial", to < sorted.size());
    ObjectNode filters = envelope.putObject("filters");
    for (Condition c : conditions) {
      ArrayNode list =
          filters.has(c.field) ? (ArrayNode) filters.get(c.field) : filters.putArray(c.field);
      list.addObject().put("modifier", c.modifier).put("value", c.value);
    }
    return envelope;
  }

  private static long numericId(JsonNode r) {
    String digits = r.path("id").asText().replaceAll("\\D", "");
    return digits.isEmpty()
        ? 0
        : Long.parseLong(digits.length() > 18 ? digits.substring(0, 18) : digits);
  }

  static ObjectNode emptyFilters() {
    return Store.JSON.createObjectNode();
  }
}
