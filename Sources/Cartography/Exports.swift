/// Users of the cartography module get Coordinate and BoundingBox without a second import.
@_exported import GeoTypes
