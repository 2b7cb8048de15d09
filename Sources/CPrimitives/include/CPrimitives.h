/*
 * The few system calls the Primitives module needs that Swift cannot reach: GNU extensions
 * that Glibc's Swift module does not export, and variadic or macro-based interfaces.
 */
#ifndef CPRIMITIVES_H
#define CPRIMITIVES_H

/* The kernel's id for the calling thread (what `ps -L` shows); the process id elsewhere. */
long cprim_thread_id(void);

/* Names the calling thread (at most 15 bytes are kept on Linux). */
void cprim_set_thread_name(const char *name);

/* Number of CPUs this process may run on. */
int cprim_cpu_count(void);

/* Restricts the calling thread to the CPUs listed; 0 on success, else an errno value
   (ENOSYS where the platform has no affinity call). */
int cprim_pin_current_thread(const int *cpus, int count);

#endif
