public class TryWithResources {
    public static void main(String[] args) {
        for (int id = 1; id <= 3; id++) {
            try (var conn = new Connection(id)) {
                System.out.println("query on connection " + conn.id());
            } // conn.close() is called here, at the end of every iteration
        }

        var kept = new Connection(4); // no try: nothing ever closes it
        System.out.println("end of main");
    }
}

// Stands in for a file, a socket or a lock: something that must be
// released promptly, not whenever a collector gets round to it.
class Connection implements AutoCloseable {
    private final int id;

    Connection(int id) {
        this.id = id;
        System.out.println("open connection " + id);
    }

    int id() {
        return id;
    }

    @Override
    public void close() {
        System.out.println("close connection " + id);
    }
}
