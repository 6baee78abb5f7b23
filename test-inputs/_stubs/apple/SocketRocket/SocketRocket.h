// SPDX-License-Identifier: Apache-2.0
// Declaration-only stand-in for SocketRocket's umbrella header.
#pragma once
#import <SocketRocket/SRWebSocket.h>
