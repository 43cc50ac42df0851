#include "order/place_name.h"

namespace rmt::order {
namespace {

bool ends_with(std::string_view word, std::string_view ending) {
  return word.size() > ending.size() + 2 && word.ends_with(ending);  // a stem of two bytes (one letter) at least
}

std::string without(std::string_view word, std::string_view ending) {
  return std::string(word.substr(0, word.size() - ending.size()));
}

}  // namespace

std::string place_nominative(std::string_view word) {
  // Adjectives of a district or okrug («Балахнинского муниципального
  // округа»), masculine or feminine genitive: the town they are named after.
  for (std::string_view adjective : {"ского", "ской"}) {
    if (!ends_with(word, adjective)) continue;
    std::string stem = without(word, adjective);
    if (ends_with(stem, "ин")) return without(stem, "ин") + "а";   // Балахн-ин-ский: Балахна
    if (ends_with(stem, "ов") || ends_with(stem, "ев")) return stem + "ск";  // Нижневартов-ский: Нижневартовск
    return stem;  // Сургут-ский, Арзамас-ский
  }
  for (std::string_view adjective : {"ецкого", "ецкой"})
    if (ends_with(word, adjective)) return without(word, adjective) + "ец";  // Городецкий: Городец
  // Nouns: «города Нижневартовска», «Балахны».
  if (ends_with(word, "ы")) return without(word, "ы") + "а";  // Балахны, Москвы
  for (std::string_view after_velar : {"ки", "ги", "хи"})  // Вичуги: after к, г, х the genitive is -и
    if (ends_with(word, after_velar)) return without(word, "и") + "а";
  if (ends_with(word, "а")) return without(word, "а");  // Нижневартовска, Тестограда
  return std::string(word);
}

}  // namespace rmt::order
