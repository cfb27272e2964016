// A batch of sensor readings; its Vec owns a heap block.
struct Readings {
    values: Vec<u32>,
}

impl Drop for Readings {
    fn drop(&mut self) {
        println!("  drop: freeing {} readings", self.values.len());
    }
}

struct Summary {
    above: usize,
    peak: u32,
}

// Takes the readings by value: summarize owns them until it returns.
fn summarize(readings: Readings, limit: u32) -> Summary {
    let (mut above, mut peak) = (0, 0);
    for &value in &readings.values {
        peak = peak.max(value);
        if value > limit {
            above += 1;
        }
    }
    println!("summarize returns");
    Summary { above, peak }
} // `readings` goes out of scope here, and its heap block is freed

fn main() {
    let readings = Readings {
        values: vec![18, 21, 25, 19],
    };
    let limit = 20;
    let summary = summarize(readings, limit); // moves readings, copies limit
    println!("back in main: {} above {limit}", summary.above);
    println!("peak {}, and limit is still usable", summary.peak);
}
