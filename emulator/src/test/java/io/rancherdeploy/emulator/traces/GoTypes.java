package io.rancherdeploy.emulator.traces;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Go structs of go-rancher v2 (the client both real tools are built on) that the traced
 * requests decode into, with each field's Go type, and Go's encoding/json rules for them: a JSON
 * value of the wrong kind fails the whole answer ("Failed to parse", rancher-api.md §2.2). Only
 * what decides a decode is modelled: fields the emulator does not send cannot fail, unknown fields
 * are ignored by Go, {@code null} fits every field.
 *
 * <p>Kinds: {@code s} string, {@code i} int64 (an integral JSON number: {@code 1.0} fails), {@code
 * b} bool, {@code m} map[string]interface{}, {@code ss} map[string]string, {@code [s]} []string,
 * {@code any} interface{}, a struct name, {@code [Struct]} a slice of it, {@code {Struct}} a map of
 * it. Field lists follow go-rancher v2's generated_*.go (as vendored by rancher-compose v0.12.5 and
 * the CLI v0.6.14), trimmed to the fields a Rancher 1.6 server sends.
 */
final class GoTypes {

  private static final String COMMON =
      "accountId:s created:s createdTS:i data:m description:s kind:s name:s removeTime:s removed:s"
          + " state:s transitioning:s transitioningMessage:s transitioningProgress:i uuid:s";
  private static final String RESOURCE = "id:s type:s links:ss actions:ss";
  private static final String COLLECTION =
      "type:s resourceType:s links:ss createTypes:ss actions:ss sortLinks:ss"
          + " pagination:Pagination sort:Sort filters:{[Condition]}";
  private static final String LAUNCH =
      "blkioWeight:i capAdd:[s] capDrop:[s] cgroupParent:s command:[s] count:i cpuCount:i"
          + " cpuPercent:i cpuPeriod:i cpuQuota:i cpuSet:s cpuSetMems:s cpuShares:i"
          + " dataVolumeMounts:m dataVolumes:[s] dataVolumesFrom:[s]"
          + " dataVolumesFromLaunchConfigs:[s] deploymentUnitUuid:s devices:[s] diskQuota:i"
          + " dns:[s] dnsOpt:[s] dnsSearch:[s] domainName:s entryPoint:[s] environment:m"
          + " expose:[s] externalId:s extraHosts:[s] firstRunning:s groupAdd:[s]"
          + " healthCheck:InstanceHealthCheck healthCmd:[s] healthInterval:i healthRetries:i"
          + " healthState:s healthTimeout:i hostId:s hostname:s imageUuid:s instanceLinks:m"
          + " ip:s ip6:s ipcMode:s isolation:s kernelMemory:i labels:m logConfig:LogConfig"
          + " memory:i memoryMb:i memoryReservation:i memorySwap:i memorySwappiness:i"
          + " milliCpuReservation:i netAlias:[s] networkContainerId:s networkIds:[s]"
          + " networkLaunchConfig:s networkMode:s oomKillDisable:b oomScoreAdj:i pidMode:s"
          + " pidsLimit:i ports:[s] primaryIpAddress:s primaryNetworkId:s privileged:b"
          + " publishAllPorts:b readOnly:b registryCredentialId:s requestedHostId:s"
          + " requestedIpAddress:s restartPolicy:RestartPolicy retainIp:b secrets:[m]"
          + " securityOpt:[s] shmSize:i startCount:i startOnCreate:b stdinOpen:b stopSignal:s"
          + " stopTimeout:i storageOpt:m sysctls:m system:b tmpfs:m tty:b ulimits:[m] user:s"
          + " userdata:s usernsMode:s uts:s vcpu:i version:s volumeDriver:s workingDir:s"
          + " createIndex:i";

  private static final Map<String, String> STRUCTS = new HashMap<>();

  static {
    STRUCTS.put("Pagination", "marker:s first:s previous:s next:s limit:i total:i partial:b");
    STRUCTS.put("Sort", "name:s order:s reverse:s");
    STRUCTS.put("Condition", "modifier:s value:any");
    STRUCTS.put("Schemas", COLLECTION + " data:[Schema]");
    STRUCTS.put(
        "Schema",
        RESOURCE
            + " collectionActions:{Action} collectionFields:{Field} collectionFilters:{Filter}"
            + " collectionMethods:[s] includeableLinks:[s] pluralName:s resourceActions:{Action}"
            + " resourceFields:{Field} resourceMethods:[s]");
    STRUCTS.put("Action", "input:s output:s");
    STRUCTS.put("Filter", "modifiers:[s]");
    STRUCTS.put(
        "Field",
        "type:s default:any unique:b nullable:b create:b required:b update:b minLength:i"
            + " maxLength:i min:i max:i options:[s] validChars:s invalidChars:s description:s");
    STRUCTS.put("Setting", RESOURCE + " activeValue:s inDb:b name:s source:s value:s");
    STRUCTS.put(
        "Stack",
        RESOURCE
            + " "
            + COMMON
            + " answers:m binding:m dockerCompose:s environment:m externalId:s group:s"
            + " healthState:s outputs:m previousEnvironment:m previousExternalId:s"
            + " rancherCompose:s serviceIds:[s] startOnCreate:b system:b templates:m");
    STRUCTS.put(
        "Service",
        RESOURCE
            + " "
            + COMMON
            + " assignServiceIpAddress:b createIndex:i currentScale:i externalId:s fqdn:s"
            + " healthState:s instanceIds:[s] launchConfig:LaunchConfig lbConfig:m"
            + " linkedServices:m metadata:m publicEndpoints:[PublicEndpoint] retainIp:b scale:i"
            + " scalePolicy:ScalePolicy secondaryLaunchConfigs:[SecondaryLaunchConfig]"
            + " selectorContainer:s selectorLink:s stackId:s startOnCreate:b system:b"
            + " upgrade:ServiceUpgrade vip:s");
    STRUCTS.put("LaunchConfig", RESOURCE + " " + COMMON + " " + LAUNCH + " disks:[m]");
    STRUCTS.put("SecondaryLaunchConfig", RESOURCE + " " + COMMON + " " + LAUNCH + " disks:[m]");
    STRUCTS.put(
        "InstanceHealthCheck",
        "healthyThreshold:i initializingTimeout:i interval:i name:s port:i"
            + " recreateOnQuorumStrategyConfig:m reinitializingTimeout:i requestLine:s"
            + " responseTimeout:i strategy:s unhealthyThreshold:i");
    STRUCTS.put("LogConfig", "config:m driver:s");
    STRUCTS.put("RestartPolicy", "maximumRetryCount:i name:s");
    STRUCTS.put("ScalePolicy", "increment:i max:i min:i");
    STRUCTS.put("PublicEndpoint", "hostId:s instanceId:s ipAddress:s port:i serviceId:s");
    STRUCTS.put("ServiceUpgrade", "inServiceStrategy:InServiceUpgradeStrategy toServiceStrategy:m");
    STRUCTS.put(
        "InServiceUpgradeStrategy",
        "batchSize:i intervalMillis:i launchConfig:LaunchConfig previousLaunchConfig:LaunchConfig"
            + " previousSecondaryLaunchConfigs:[SecondaryLaunchConfig]"
            + " secondaryLaunchConfigs:[SecondaryLaunchConfig] startFirst:b");
    STRUCTS.put(
        "ServiceConsumeMap",
        RESOURCE + " " + COMMON + " consumedServiceId:s ports:[s] serviceId:s");
    STRUCTS.put(
        "Container",
        RESOURCE
            + " "
            + COMMON
            + " "
            + LAUNCH
            + " agentId:s allocationState:s exitCode:i instanceTriggeredStop:s"
            + " mounts:[m] nativeContainer:b serviceId:s serviceIds:[s] stackId:s");
    STRUCTS.put("Instance", STRUCTS.get("Container"));
    STRUCTS.put(
        "Project",
        RESOURCE
            + " "
            + COMMON
            + " allowSystemRole:b healthState:s hostRemoveDelaySeconds:i members:[m]"
            + " orchestration:s projectTemplateId:s servicesPortRange:m version:s"
            + " virtualMachine:b");
    STRUCTS.put("HostAccess", RESOURCE + " token:s url:s");
    for (String item : List.of("Stack", "Service", "ServiceConsumeMap", "Container", "Project")) {
      STRUCTS.put(item + "Collection", COLLECTION + " data:[" + item + "]");
    }
  }

  private GoTypes() {}

  /** Every place where {@code json} would not decode into the Go struct {@code type}. */
  static void check(String type, JsonNode json, String path, List<String> misfits) {
    checkValue(type, json, path, misfits);
  }

  private static void checkValue(String kind, JsonNode value, String path, List<String> misfits) {
    if (value.isNull() || value.isMissingNode()) {
      return;
    }
    boolean fits =
        switch (kind) {
          case "s" -> value.isTextual();
          case "i" -> value.isIntegralNumber();
          case "b" -> value.isBoolean();
          case "m" -> value.isObject();
          case "any" -> true;
          case "ss" -> value.isObject() && allFit("s", value, path, misfits);
          default -> composite(kind, value, path, misfits);
        };
    if (!fits) {
      misfits.add(path + " = " + abbreviate(value) + " (Go: " + goName(kind) + ")");
    }
  }

  private static boolean composite(String kind, JsonNode value, String path, List<String> misfits) {
    if (kind.startsWith("[")) {
      if (!value.isArray()) {
        return false;
      }
      String element = kind.substring(1, kind.length() - 1);
      for (int i = 0; i < value.size(); i++) {
        checkValue(element, value.get(i), path + "[" + i + "]", misfits);
      }
      return true;
    }
    if (kind.startsWith("{")) {
      return value.isObject() && allFit(kind.substring(1, kind.length() - 1), value, path, misfits);
    }
    String fields = STRUCTS.get(kind);
    if (fields == null) {
      throw new IllegalArgumentException("no Go struct " + kind + " in the model");
    }
    if (!value.isObject()) {
      return false;
    }
    for (String field : fields.split(" ")) {
      int colon = field.indexOf(':');
      String name = field.substring(0, colon);
      checkValue(field.substring(colon + 1), value.path(name), path + "." + name, misfits);
    }
    return true;
  }

  private static boolean allFit(String kind, JsonNode object, String path, List<String> misfits) {
    object
        .fields()
        .forEachRemaining(e -> checkValue(kind, e.getValue(), path + "." + e.getKey(), misfits));
    return true;
  }

  private static String goName(String kind) {
    return switch (kind) {
      case "s" -> "string";
      case "i" -> "int64";
      case "b" -> "bool";
      case "m" -> "map[string]interface{}";
      case "ss" -> "map[string]string";
      default ->
          kind.startsWith("[")
              ? "[]" + goName(kind.substring(1, kind.length() - 1))
              : kind.startsWith("{")
                  ? "map[string]" + goName(kind.substring(1, kind.length() - 1))
                  : kind;
    };
  }

  private static String abbreviate(JsonNode value) {
    String text = value.toString();
    return text.length() > 80 ? text.substring(0, 80) + "..." : text;
  }
}
