#include <cctype>
#include <iostream>
#include <string>
#include <string_view>

// Exact stack traces through libstdc++, which has no frame pointers.
extern "C" const char* __asan_default_options() {
    return "fast_unwind_on_malloc=0";
}

std::string_view shout(std::string_view text) {
    std::string loud(text); // a new string, owned by this call
    for (char& c : loud)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return loud; // a view of loud's buffer, which is freed on return
}

int main() {
    std::cout << shout("hello, dangling view") << '\n'; // undefined behaviour
}
