#include <iostream>
#include <memory>
#include <string>

struct Node {
    std::string name;
    std::shared_ptr<Node> next;
    explicit Node(std::string n) : name(std::move(n)) {}
    ~Node() { std::cout << "destroy " << name << '\n'; }
};

int main() {
    auto a = std::make_shared<Node>("a");
    auto b = std::make_shared<Node>("b");
    a->next = b; // a points to b
    b->next = a; // b points to a

    std::cout << "a: use_count = " << a.use_count() << '\n';
    std::cout << "b: use_count = " << b.use_count() << '\n';

    a.reset(); // count of a: 2 -> 1, held by b
    b.reset(); // count of b: 2 -> 1, held by a
    std::cout << "end of main: neither node was destroyed" << std::endl;
}
