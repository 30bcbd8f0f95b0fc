package hudson.model;

public interface TaskListener {
  default void hyperlink(String url, String text) throws java.io.IOException {}
}
