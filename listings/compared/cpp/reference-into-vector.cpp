#include <iostream>
#include <vector>

int main() {
    std::vector<int> scores = {70, 85, 92};
    const int& first = scores[0]; // points into the vector's heap block
    std::cout << "capacity " << scores.capacity() << std::endl;

    scores.push_back(64); // full: moves the elements to a new block
    std::cout << "capacity " << scores.capacity() << std::endl;

    std::cout << "first: " << first << '\n'; // undefined behaviour
}
