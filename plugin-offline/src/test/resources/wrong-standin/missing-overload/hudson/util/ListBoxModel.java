package hudson.util;

public class ListBoxModel {
  public ListBoxModel() {}

  public void add(String displayName, String value) {}
}
