#ifndef DOCGRAPH_CFREEDMEMORY_H
#define DOCGRAPH_CFREEDMEMORY_H

/// Owns one thing: handing memory the process has freed back to the system, for
/// `FreedMemory` in DocGraphKit. With glibc it returns the free pages of every arena
/// (`malloc_trim(0)`); with another C library it does nothing.
void docgraph_give_back_freed_memory(void);

#endif
