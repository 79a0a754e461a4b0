// zinnia-recognize: the kiosk's handwriting helper process. Loads a Zinnia model once, then answers one JSON
// line per request on stdin with one JSON line on stdout:
//   in:  {"id":7,"width":1000,"height":1000,"limit":10,"strokes":[[[x,y],[x,y],...],...]}
//   out: {"id":7,"candidates":[["中",0.91],["申",0.42],...]}   or   {"id":7,"error":"..."}
// On start it prints {"ready":true} once the model is open, or {"fatal":"..."} and exits 2.
// The Node side (kiosk/handwriting/zinnia-recognizer.ts) has already checked and bounded every request; this
// parser only reads that one shape and refuses anything else. A separate process, not a Node addon, so the
// kiosk needs no build against Electron's Node ABI and a crash in the engine cannot take the core down.
#include <zinnia.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace {

struct Request {
  long id = -1;
  long width = 0;
  long height = 0;
  long limit = 10;
  std::vector<std::vector<std::pair<long, long>>> strokes;
};

// Reads the integer value of "key": in line; false when absent or not a number.
bool readNumber(const std::string &line, const std::string &key, long *out) {
  const std::string needle = "\"" + key + "\":";
  const size_t at = line.find(needle);
  if (at == std::string::npos) return false;
  const char *start = line.c_str() + at + needle.size();
  char *end = nullptr;
  const double value = std::strtod(start, &end);
  if (end == start) return false;
  *out = static_cast<long>(value + (value < 0 ? -0.5 : 0.5));
  return true;
}

// Parses "strokes":[[[x,y],...],...] by bracket depth: depth 1 the list, 2 a stroke, 3 a point.
bool readStrokes(const std::string &line, Request *req) {
  const std::string needle = "\"strokes\":";
  const size_t at = line.find(needle);
  if (at == std::string::npos) return false;
  size_t i = at + needle.size();
  int depth = 0;
  std::vector<double> point;
  for (; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '[') {
      ++depth;
      if (depth == 2) req->strokes.emplace_back();
      if (depth == 3) point.clear();
      if (depth > 3) return false;
    } else if (c == ']') {
      if (depth == 3) {
        if (point.size() != 2 || req->strokes.empty()) return false;
        req->strokes.back().emplace_back(static_cast<long>(point[0]), static_cast<long>(point[1]));
      }
      --depth;
      if (depth == 0) return true;
    } else if (c == '-' || std::isdigit(static_cast<unsigned char>(c))) {
      if (depth != 3) return false;
      char *end = nullptr;
      point.push_back(std::strtod(line.c_str() + i, &end));
      i = static_cast<size_t>(end - line.c_str()) - 1;
    } else if (c != ',' && c != ' ') {
      return false;
    }
  }
  return false;
}

std::string jsonString(const char *text) {
  std::string out = "\"";
  for (const char *p = text; *p; ++p) {
    const unsigned char c = static_cast<unsigned char>(*p);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

void reply(long id, const std::string &body) {
  std::cout << "{\"id\":" << id << "," << body << "}\n" << std::flush;
}

}  // namespace

int main(int argc, char **argv) {
  std::ios::sync_with_stdio(false);
  if (argc != 2) {
    std::cout << "{\"fatal\":\"usage: zinnia-recognize MODEL\"}\n" << std::flush;
    return 2;
  }
  std::unique_ptr<zinnia::Recognizer> recognizer(zinnia::Recognizer::create());
  if (!recognizer->open(argv[1])) {
    std::cout << "{\"fatal\":" << jsonString(recognizer->what()) << "}\n" << std::flush;
    return 2;
  }
  std::unique_ptr<zinnia::Character> character(zinnia::Character::create());
  std::cout << "{\"ready\":true}\n" << std::flush;

  std::string line;
  while (std::getline(std::cin, line)) {
    Request req;
    if (!readNumber(line, "id", &req.id)) {
      reply(-1, "\"error\":\"no id\"");
      continue;
    }
    readNumber(line, "limit", &req.limit);
    if (!readNumber(line, "width", &req.width) || !readNumber(line, "height", &req.height) ||
        req.width <= 0 || req.height <= 0 || !readStrokes(line, &req) || req.strokes.empty() ||
        req.limit < 1 || req.limit > 50) {
      reply(req.id, "\"error\":\"bad request\"");
      continue;
    }
    character->clear();
    character->set_width(static_cast<size_t>(req.width));
    character->set_height(static_cast<size_t>(req.height));
    for (size_t s = 0; s < req.strokes.size(); ++s) {
      for (const auto &p : req.strokes[s]) character->add(s, static_cast<int>(p.first), static_cast<int>(p.second));
    }
    std::unique_ptr<zinnia::Result> result(recognizer->classify(*character, static_cast<size_t>(req.limit)));
    std::string body = "\"candidates\":[";
    if (result) {
      for (size_t i = 0; i < result->size(); ++i) {
        char score[32];
        std::snprintf(score, sizeof score, "%.4f", result->score(i));
        if (i) body += ',';
        body += "[" + jsonString(result->value(i)) + "," + score + "]";
      }
    }
    reply(req.id, body + "]");
  }
  return 0;
}
