/**
 * Capitalised words that name a thing with a number after them: "District 2", "Camp 4", "Route 5",
 * "Resolution 2254", "Brigade 93". The number is part of the name, never a count of people.
 * Only capitalised, and only when no word follows the number: "in Tarsa District 5 civilians were killed",
 * with its comma lost, is a count.
 */
export const NUMBERED_NAMES = [
  "District", "Area", "Sector", "Zone", "Block", "Camp", "Route", "Highway", "Road", "Gate", "Building", "Phase",
  "Resolution", "Article", "Section", "Hall", "Ward", "Terminal", "Level", "Unit", "Station", "Checkpoint", "Hill",
  "Base", "Post", "Kilometre", "Kilometer", "Km", "Brigade", "Division", "Battalion", "Regiment", "Corps", "Squadron",
  "Flight", "Apartment", "Floor", "Street", "Avenue", "Lane", "Line", "Hangar",
];
