// SPDX-License-Identifier: Apache-2.0
// Declaration-only stand-in for the parts of libdispatch wslint's scenarios use (Debian has
// no Apple SDK): queues, dispatch_time and dispatch_after with their SDK signatures.
#pragma once

typedef unsigned long long dispatch_time_t;
#ifdef __OBJC__
// An Objective-C object in the SDK (OS_OBJECT_USE_OBJC): ARC manages it, a property may
// hold it strongly.
typedef id dispatch_queue_t;
#else
typedef struct dispatch_queue_s *dispatch_queue_t;
#endif
typedef void (^dispatch_block_t)(void);
typedef long dispatch_once_t;

#define DISPATCH_TIME_NOW (0ull)
#define NSEC_PER_SEC 1000000000ull
#define NSEC_PER_MSEC 1000000ull

#ifdef __cplusplus
extern "C" {
#endif
dispatch_time_t dispatch_time(dispatch_time_t when, long long delta);
dispatch_queue_t dispatch_get_main_queue(void);
dispatch_queue_t dispatch_get_global_queue(long identifier, unsigned long flags);
void dispatch_after(dispatch_time_t when, dispatch_queue_t queue, dispatch_block_t block);
void dispatch_async(dispatch_queue_t queue, dispatch_block_t block);
void dispatch_once(dispatch_once_t *predicate, dispatch_block_t block);
#ifdef __cplusplus
}
#endif
