package io.rancherdeploy.bench.emulator;

/** The machine a benchmark ran on, printed with its figures. */
record Machine(int cores, String java, String os, long maxHeapMb) {

    static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    String describe() {
        return cores + " cores, " + java + ", " + os + ", max heap " + maxHeapMb + " MB";
    }
}
