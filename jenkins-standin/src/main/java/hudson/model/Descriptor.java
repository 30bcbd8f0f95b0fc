package hudson.model;

public abstract class Descriptor<T extends Describable<T>> {
    protected Descriptor(Class<? extends T> clazz) {
    }

    protected Descriptor() {
    }

    public String getDisplayName() {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public synchronized void save() {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public synchronized void load() {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public static final class FormException extends Exception {
        public FormException(String message, String formField) {
            super(message);
        }

        public FormException(String message, Throwable cause, String formField) {
            super(message, cause);
        }

        public FormException(Throwable cause, String formField) {
            super(cause);
        }
    }
}
