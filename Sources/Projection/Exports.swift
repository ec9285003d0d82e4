/// Users of the projection module get Coordinate and BoundingBox without a second import.
@_exported import GeoTypes
