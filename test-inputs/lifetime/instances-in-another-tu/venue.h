// A venue connection: one socket per instance.
#pragma once
#include <memory>
#include <string>

class VenueFeed {
public:
  void connect(const std::string &venue);

private:
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

std::unique_ptr<VenueFeed> makeBackupFeed();
