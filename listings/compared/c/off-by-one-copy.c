#include <stdlib.h>
#include <string.h>

int main(void) {
    const char *name = "Ferris";
    char *copy = malloc(strlen(name)); /* forgot + 1 for the '\0' */

    strcpy(copy, name); /* undefined behaviour: writes 7 bytes into 6 */
    free(copy);
    return 0;
}
