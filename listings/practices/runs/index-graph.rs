// A node is known by its position in `Graph::nodes`.
#[derive(Clone, Copy)]
struct NodeId(usize);

struct Node {
    name: String,
    edges: Vec<NodeId>,
}

#[derive(Default)]
struct Graph {
    nodes: Vec<Node>,
}

impl Graph {
    fn add_node(&mut self, name: &str) -> NodeId {
        self.nodes.push(Node {
            name: name.to_string(),
            edges: Vec::new(),
        });
        NodeId(self.nodes.len() - 1)
    }
    fn add_edge(&mut self, from: NodeId, to: NodeId) {
        self.nodes[from.0].edges.push(to);
    }
    fn name(&self, id: NodeId) -> &str {
        &self.nodes[id.0].name
    }
}

fn main() {
    let mut g = Graph::default();
    let a = g.add_node("a");
    let b = g.add_node("b");
    let c = g.add_node("c");
    g.add_edge(a, b);
    g.add_edge(b, c);
    g.add_edge(c, a); // a cycle: just three numbers
    g.nodes[b.0].name.push_str(" (renamed)"); // no RefCell needed

    for node in &g.nodes {
        let names: Vec<&str> = node.edges.iter().map(|&t| g.name(t)).collect();
        println!("{} -> {names:?}", node.name);
    }
} // `g` is dropped: one Vec of nodes, freed once, cycle or not
