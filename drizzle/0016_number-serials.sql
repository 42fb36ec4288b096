CREATE TABLE "number_serials" (
	"series" text NOT NULL,
	"year" integer NOT NULL,
	"last_value" integer NOT NULL,
	CONSTRAINT "number_serials_series_year_pk" PRIMARY KEY("series","year")
);
