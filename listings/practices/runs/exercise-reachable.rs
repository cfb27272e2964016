#[derive(Clone, Copy)]
struct NodeId(usize);

struct Node {
    name: &'static str,
    edges: Vec<NodeId>,
}

fn reachable(nodes: &[Node], start: NodeId) -> Vec<&'static str> {
    let mut seen = vec![false; nodes.len()]; // one flag per node
    let mut to_visit = vec![start]; // a stack of ids, not of references
    let mut names = Vec::new();
    while let Some(NodeId(i)) = to_visit.pop() {
        if seen[i] {
            continue; // a cycle leads back here: stop
        }
        seen[i] = true;
        names.push(nodes[i].name);
        to_visit.extend(nodes[i].edges.iter().rev());
    }
    names
}

fn main() {
    let node = |name, edges: &[usize]| Node {
        name,
        edges: edges.iter().map(|&i| NodeId(i)).collect(),
    };
    // a -> b -> c -> a is a cycle; d points into it; nothing reaches d.
    let nodes = vec![
        node("a", &[1]),
        node("b", &[2]),
        node("c", &[0]),
        node("d", &[2]),
    ];
    println!("from a: {:?}", reachable(&nodes, NodeId(0)));
    println!("from d: {:?}", reachable(&nodes, NodeId(3)));
}
