#include <ctype.h>
#include <stdio.h>

char *shout(const char *text) {
    char loud[64];
    size_t i = 0;
    for (; text[i] != '\0' && i < sizeof loud - 1; i++)
        loud[i] = (char)toupper((unsigned char)text[i]);
    loud[i] = '\0';
    return loud; /* loud lives in shout's stack frame */
}

int main(void) {
    char *result = shout("hello");
    printf("first letter: %c\n", result[0]); /* undefined behaviour */
    return 0;
}
