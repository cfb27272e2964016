#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    char *name = malloc(7);
    strcpy(name, "Ferris");
    free(name); /* the block goes back to the allocator here */

    printf("hello, %s\n", name); /* undefined behaviour: name was freed */
    return 0;
}
