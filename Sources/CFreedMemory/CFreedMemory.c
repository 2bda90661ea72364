#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include "CFreedMemory.h"

void docgraph_give_back_freed_memory(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
