package io.rancherdeploy.emulator.journal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The last requests received, oldest first, bounded so a long demo does not grow without end. */
public final class RequestJournal {

  private static final int CAPACITY = 20_000;
  private final Deque<RecordedRequest> entries = new ArrayDeque<>();

  public synchronized void record(RecordedRequest request) {
    if (entries.size() == CAPACITY) {
      entries.removeFirst();
    }
    entries.addLast(request);
  }

  public synchronized List<RecordedRequest> entries() {
    return List.copyOf(entries);
  }

  public synchronized void clear() {
    entries.clear();
  }
}
