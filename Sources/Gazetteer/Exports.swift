/// Users of the gazetteer get Coordinate and BoundingBox without a second import.
@_exported import GeoTypes
