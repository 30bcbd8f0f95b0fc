package io.jenkins.plugins.rancherdeploy.run;

import java.io.Serializable;

/**
 * The deploy options a user sets on {@code rancherDeploy} or the freestyle builder, as the form and
 * the Snippet Generator carry them: plain strings and boxed numbers, {@code null} meaning "the
 * engine's default". {@link OptionMapping} turns them into core's {@code DeployOptions}; nothing
 * here decides anything.
 */
public final class DeploySettings implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String DEFAULT_FILES = "docker-compose.yml";
  public static final String DEFAULT_RANCHER_FILE = "rancher-compose.yml";

  String files = DEFAULT_FILES;
  String rancherFile;
  String envFiles;
  String variables;
  String strategy;
  String services;
  boolean force;
  Integer batchSize;
  String interval;
  Boolean startFirst;
  boolean finish = true;
  String onFailure;
  String leftoverUpgrade;
  String timeout;
  String upgradeTimeout;
  String healthTimeout;
  String rollbackTimeout;
  Integer parallelism;
  boolean prune;
  boolean pull;
  boolean followLogs;
  boolean createStack;
  String verifyUrl;
  Integer verifyMaxFailures;
  String verifyInterval;
  Integer verifyStatus;
  Integer verifyMinRequests;
  String whenBusy;
  String healthGrace;
  String images;

  public String getFiles() {
    return files;
  }

  public void setFiles(String v) {
    files = blankToNull(v) == null ? DEFAULT_FILES : v.trim();
  }

  public String getRancherFile() {
    return rancherFile;
  }

  public void setRancherFile(String v) {
    rancherFile = blankToNull(v);
  }

  public String getEnvFiles() {
    return envFiles;
  }

  public void setEnvFiles(String v) {
    envFiles = blankToNull(v);
  }

  public String getVariables() {
    return variables;
  }

  public void setVariables(String v) {
    variables = blankToNull(v);
  }

  public String getStrategy() {
    return strategy;
  }

  public void setStrategy(String v) {
    strategy = blankToNull(v);
  }

  public String getServices() {
    return services;
  }

  public void setServices(String v) {
    services = blankToNull(v);
  }

  public boolean isForce() {
    return force;
  }

  public void setForce(boolean v) {
    force = v;
  }

  public Integer getBatchSize() {
    return batchSize;
  }

  public void setBatchSize(Integer v) {
    batchSize = unsetIfZero(v);
  }

  public String getInterval() {
    return interval;
  }

  public void setInterval(String v) {
    interval = blankToNull(v);
  }

  public Boolean getStartFirst() {
    return startFirst;
  }

  public void setStartFirst(Boolean v) {
    startFirst = v;
  }

  public boolean isFinish() {
    return finish;
  }

  public void setFinish(boolean v) {
    finish = v;
  }

  public String getOnFailure() {
    return onFailure;
  }

  public void setOnFailure(String v) {
    onFailure = blankToNull(v);
  }

  public String getLeftoverUpgrade() {
    return leftoverUpgrade;
  }

  public void setLeftoverUpgrade(String v) {
    leftoverUpgrade = blankToNull(v);
  }

  public String getTimeout() {
    return timeout;
  }

  public void setTimeout(String v) {
    timeout = blankToNull(v);
  }

  public String getUpgradeTimeout() {
    return upgradeTimeout;
  }

  public void setUpgradeTimeout(String v) {
    upgradeTimeout = blankToNull(v);
  }

  public String getHealthTimeout() {
    return healthTimeout;
  }

  public void setHealthTimeout(String v) {
    healthTimeout = blankToNull(v);
  }

  public String getRollbackTimeout() {
    return rollbackTimeout;
  }

  public void setRollbackTimeout(String v) {
    rollbackTimeout = blankToNull(v);
  }

  public Integer getParallelism() {
    return parallelism;
  }

  public void setParallelism(Integer v) {
    parallelism = unsetIfZero(v);
  }

  public boolean isPrune() {
    return prune;
  }

  public void setPrune(boolean v) {
    prune = v;
  }

  public boolean isPull() {
    return pull;
  }

  public void setPull(boolean v) {
    pull = v;
  }

  public boolean isFollowLogs() {
    return followLogs;
  }

  public void setFollowLogs(boolean v) {
    followLogs = v;
  }

  public boolean isCreateStack() {
    return createStack;
  }

  public void setCreateStack(boolean v) {
    createStack = v;
  }

  public String getVerifyUrl() {
    return verifyUrl;
  }

  public void setVerifyUrl(String v) {
    verifyUrl = blankToNull(v);
  }

  public Integer getVerifyMaxFailures() {
    return verifyMaxFailures;
  }

  public void setVerifyMaxFailures(Integer v) {
    verifyMaxFailures = unsetIfZero(v);
  }

  public String getVerifyInterval() {
    return verifyInterval;
  }

  public void setVerifyInterval(String v) {
    verifyInterval = blankToNull(v);
  }

  public Integer getVerifyStatus() {
    return verifyStatus;
  }

  public void setVerifyStatus(Integer v) {
    verifyStatus = unsetIfZero(v);
  }

  public Integer getVerifyMinRequests() {
    return verifyMinRequests;
  }

  public void setVerifyMinRequests(Integer v) {
    verifyMinRequests = unsetIfZero(v);
  }

  public String getWhenBusy() {
    return whenBusy;
  }

  public void setWhenBusy(String v) {
    whenBusy = blankToNull(v);
  }

  public String getHealthGrace() {
    return healthGrace;
  }

  public void setHealthGrace(String v) {
    healthGrace = blankToNull(v);
  }

  public String getImages() {
    return images;
  }

  public void setImages(String v) {
    images = blankToNull(v);
  }

  /**
   * An empty number field binds as 0 in some Jenkins versions: 0 means "not set", as blank does.
   */
  static Integer unsetIfZero(Integer value) {
    return value == null || value == 0 ? null : value;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
