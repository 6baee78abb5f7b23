// The project's own factory template: it makes an object of its first type argument and
// hands it back, the way a Qt project's `QMake<T>(name, args…)` does.
#pragma once
#include <utility>

template <class T, class... Args> T *make(const char *name, Args &&...args) {
  (void)name; // a debug build would register the object under this name
  return new T(std::forward<Args>(args)...);
}
